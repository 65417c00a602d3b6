import type { Entity } from '../types.ts';

/** Resolves a mention ("Bayramov", "the Secretary", "Baku") to a canonical entity, or null. */
export function resolveEntity(mention: string): Entity | null {
  void mention;
  return null;
}
