/**
 * Gives the event loop a turn so messages (a cancel request, a progress read) get through
 * between training steps. A MessageChannel is used where it exists because setTimeout is
 * clamped to 4 ms once nested, which would add up over thousands of steps.
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel !== 'undefined') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
