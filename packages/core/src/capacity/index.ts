export * from './absorption';
export * from './heatmap';
export * from './load';
export * from './months';
export * from './pulse';
export * from './saturation';
