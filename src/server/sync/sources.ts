import 'server-only';
import type { SyncConfig } from './config';
import { createLahellaSource } from './lahella/client';
import { createPtvSource } from './ptv/client';
import type { SourceKind, SyncSource } from './types';

/** The registered sources. A third source implements SyncSource and is added here. */
export function createSources(config: SyncConfig): Record<SourceKind, SyncSource> {
  return {
    LAHELLA: createLahellaSource(config.lahella),
    PTV: createPtvSource(config.ptv),
  };
}
