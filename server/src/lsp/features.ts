// Feature registry of the server: each editor feature (code actions, completion, symbols, …) lives in its
// own module and registers its handlers here, contributing its capabilities to the initialize result.

import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { PackableDocument } from './documents';
import type { Analysis } from '../core/analysis';
import { codeActionsFeature } from './codeActions';
import { navigationFeature } from './navigation';
import { codeLensFeature } from './codeLens';
import { completionFeature } from './completion';

export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<PackableDocument>;
  /** An analysis of the document's current version (computed on demand if the debounced one is stale). */
  analysisFor(uri: string): Analysis | undefined;
}

export type Feature = (ctx: FeatureContext) => Partial<ServerCapabilities>;

/** FEATURES lists the feature modules; add new ones here. */
export const FEATURES: Feature[] = [codeActionsFeature, navigationFeature, codeLensFeature, completionFeature];

export function registerFeatures(ctx: FeatureContext): { capabilities: () => Partial<ServerCapabilities> } {
  const caps = FEATURES.map(f => f(ctx));
  return { capabilities: () => Object.assign({}, ...caps) };
}
