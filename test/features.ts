// Feature switches shared by the protocol tests and the real-client suites (see test/features.json).
import features from './features.json';

export type FeatureName = keyof typeof features.features;

export function enabled(name: FeatureName): boolean {
  return features.features[name].enabled;
}

/** itIf registers a mocha test that is pending (not failed) while its feature has not landed on main. */
export function itIf(name: FeatureName): Mocha.TestFunction | Mocha.PendingTestFunction {
  return enabled(name) ? it : it.skip;
}
