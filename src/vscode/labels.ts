// Shared with the language server: see src/cards.
export * from '../cards/labels';
