/** Infers article metadata from its text. PLACEHOLDER until the metadata step lands. */
/** Metadata the text itself shows; null or empty where it shows nothing. */
export interface InferredMetadata {
  title: string | null;
  published: string | null;
  authors: string[];
  outlet: string | null;
}
/** Infers metadata (placeholder: infers nothing yet). */
export function inferMetadata(_body: string): InferredMetadata {
  return { title: null, published: null, authors: [], outlet: null };
}
