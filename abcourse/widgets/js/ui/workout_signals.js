// @ts-check
// What the workout mode asks of the device: the screen kept on while a session runs (Screen Wake
// Lock, where the browser has it), and an optional beep and buzz at the end of a hold or rest
// (both off until the learner turns them on). Where a browser lacks one, or refuses it, the
// session runs the same without it and nothing is reported as an error.

// Keeps the screen on while wanted. The browser drops the lock when the page is hidden, so it is
// asked for again when the page is visible again.
export function screenWakeLock() {
  let sentinel = null;
  let wanted = false;
  const request = async () => {
    const api = globalThis.navigator?.wakeLock;
    if (!wanted || sentinel || !api?.request || document.visibilityState !== "visible") return;
    try {
      sentinel = await api.request("screen");
      sentinel.addEventListener?.("release", () => {
        sentinel = null;
      });
      // released while the request was on its way
      if (!wanted) release();
    } catch {
      sentinel = null;
    }
  };
  const onVisibility = () => {
    if (document.visibilityState === "visible") request();
  };
  function release() {
    const held = sentinel;
    sentinel = null;
    held?.release?.().catch(() => {});
  }
  return {
    acquire() {
      if (!wanted) document.addEventListener("visibilitychange", onVisibility);
      wanted = true;
      request();
    },
    release() {
      wanted = false;
      document.removeEventListener("visibilitychange", onVisibility);
      release();
    },
    get held() {
      return Boolean(sentinel);
    },
  };
}

// A short beep through WebAudio. The audio context is made when the learner turns the sound on
// (a click, which browsers ask for before they play anything).
export function beeper() {
  let context = null;
  return {
    prepare() {
      const Context = globalThis.AudioContext ?? globalThis.webkitAudioContext;
      if (!Context) return;
      try {
        context ??= new Context();
        context.resume?.().catch(() => {});
      } catch {
        context = null;
      }
    },
    beep() {
      if (!context) return;
      try {
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.frequency.value = 880;
        gain.gain.value = 0.2;
        oscillator.connect(gain).connect(context.destination);
        oscillator.start();
        oscillator.stop(context.currentTime + 0.2);
      } catch {
        /* no sound on this device */
      }
    },
  };
}

export function vibrate() {
  try {
    globalThis.navigator?.vibrate?.(200);
  } catch {
    /* no vibration on this device */
  }
}
