import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Filled in by the activation issue: badge, context menu, commands, registered origins.
});
