export { startFakeUpstream, type FakeUpstream, type FakeUpstreamOptions, type FaultControls } from './server';
export { lahellaKey, ptvServiceId, generateLahellaItem, generateLahellaGroup, generatePtvService, demoChannelPoint, MUNICIPALITY_CODES } from './generate';
