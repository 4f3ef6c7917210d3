export { readDatasetDirectory } from './read-dataset-directory.js';
