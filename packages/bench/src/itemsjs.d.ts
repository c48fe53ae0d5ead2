// itemsjs ships no types; this is the part the bench uses.
declare module 'itemsjs' {
  interface ItemsJsSearch {
    search(input: {
      query?: string;
      filters?: Record<string, string[]>;
      filter?: (item: { own: number }) => boolean;
      per_page?: number;
    }): {
      pagination: { total: number };
      data: { aggregations: unknown };
    };
  }
  export default function itemsjs(items: readonly object[], configuration: object): ItemsJsSearch;
}
