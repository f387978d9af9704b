/** An article's main text and metadata, before claims, tone and signature. */
export interface Article {
  url: string | null;
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** YYYY-MM-DD, or null when the page gives no date anywhere. */
  publishedAt: string | null;
  language: string | null;
  wordCount: number;
  contentHash: string;
  /** Main text: blocks separated by a blank line, list items on their own lines. */
  text: string;
}
