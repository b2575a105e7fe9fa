import * as core from '@actions/core';
import { main } from './main.js';
import { post } from './post.js';
import { State } from './state.js';

// One bundle serves both phases: main marks the state, so the runner's post call lands in post().
if (core.getState(State.IsPost) === 'true') {
  await post();
} else {
  core.saveState(State.IsPost, 'true');
  await main();
}
