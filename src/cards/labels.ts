import type { ClaimKind } from '../engine';
import type { ClaimStatus } from '../ledger/types';

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  unchecked: 'Unchecked',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  'needs-source': 'Needs a source',
  ignored: 'Ignored',
};

export const KIND_PLURAL: Record<ClaimKind, string> = {
  number: 'Figures',
  date: 'Dates',
  attribution: 'Attributions',
  quote: 'Quotations',
};
