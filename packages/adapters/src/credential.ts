import {
  CREDENTIAL_REGISTERS,
  OTHER,
  type Credential,
  type CredentialKind,
  type CredentialRegister,
} from '@leerbudget/contract';

const KIND_WORDS: ReadonlyArray<[RegExp, CredentialKind]> = [
  [/badge|micro-?credential/i, 'badge'],
  [/diploma|degree|getuigschrift/i, 'diploma'],
  [/certific|certificaat|bewijs|attest|testimonial/i, 'certificate'],
];
/** Words for "nothing is awarded", which map to no credential rather than to "other". */
const NONE = /^(none|no .*|geen.*|school advice)$/i;

/** The kind a source's word for a credential means (`other` for words we do not know); `null` when nothing is awarded. */
export function credentialKindOf(text: string | undefined): CredentialKind | null {
  if (text === undefined || text.trim() === '' || NONE.test(text.trim())) return null;
  return KIND_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? OTHER;
}

/** The public register a text names (`"CREBO 25655"`, `"Erkend door NRTO"`), if any. */
export function registerNamedIn(text: string | undefined): CredentialRegister | undefined {
  const lower = text?.toLowerCase() ?? '';
  return CREDENTIAL_REGISTERS.find((register) => lower.includes(register));
}

/** A contract credential; recognised exactly when a register is known, as the sources say no more than that. */
export function credentialOf(
  kind: CredentialKind | null,
  issuer: string | undefined,
  register: CredentialRegister | undefined,
): Credential | undefined {
  if (kind === null || issuer === undefined || issuer === '') return undefined;
  return { kind, issuer: { name: issuer }, recognised: register !== undefined, ...(register ? { register } : {}) };
}
