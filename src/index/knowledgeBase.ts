// Placeholder: replaced by the real knowledge base (corpus → extract → minisearch).
export interface KnowledgeBase {
  readonly ready: true;
}
