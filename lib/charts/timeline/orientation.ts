/** Below this width the timeline runs down the page instead of across it. */
export const VERTICAL_BELOW = 600;
