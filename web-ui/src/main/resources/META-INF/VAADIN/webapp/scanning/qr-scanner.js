/*
 * Mingle's QR scanner (decision 35), loaded only by pages that scan (org.mingle.web.scanning.QrScanner).
 *
 * Opens the rear camera, shows it in the scanner's <video> and decodes QR codes in this page: with the browser's
 * BarcodeDetector where it reads QR codes, otherwise with jsQR (jsQR.js beside this file, loaded only then). The
 * frames never leave the phone: only a decoded text goes to the server, through the scanner element's $server.
 * The same text seen again within the dedupe window (each sighting renews it) is not sent again, so a code held
 * in front of the camera counts once.
 */
(function () {
  'use strict';
  if (window.mingleScanner) {
    return;
  }

  /** Between two decoding attempts; a decode itself takes some milliseconds more. */
  const PAUSE_MS = 120;
  /** Frames are decoded at this width at most: enough for a code filling a fair part of the view. */
  const MAX_WIDTH = 640;
  const here = document.currentScript ? document.currentScript.src : new URL('scanning/qr-scanner.js',
      document.baseURI).href;
  const scanners = new Map();
  /** The last decoding times in milliseconds, for whoever measures (decision 35). */
  const decodeTimes = [];
  let jsQrLoading = null;
  let audio = null;

  function loadJsQr() {
    if (!jsQrLoading) {
      jsQrLoading = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = new URL('jsQR.js', here).href;
        script.onload = () => resolve(window.jsQR);
        script.onerror = () => reject(new Error('jsQR did not load'));
        document.head.appendChild(script);
      });
    }
    return jsQrLoading;
  }

  async function barcodeDetector() {
    if (!('BarcodeDetector' in window)) {
      return null;
    }
    try {
      const formats = await window.BarcodeDetector.getSupportedFormats();
      if (!formats.includes('qr_code')) {
        return null;
      }
      const detector = new window.BarcodeDetector({formats: ['qr_code']});
      return {
        name: 'BarcodeDetector',
        decode: async video => {
          const found = await detector.detect(video);
          return found.length > 0 ? found[0].rawValue : null;
        }
      };
    } catch (unsupported) {
      return null;
    }
  }

  async function jsQrDecoder() {
    const jsQR = await loadJsQr();
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', {willReadFrequently: true});
    return {
      name: 'jsQR',
      decode: async video => {
        const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
        const width = Math.round(video.videoWidth * scale);
        const height = Math.round(video.videoHeight * scale);
        if (width === 0 || height === 0) {
          return null;
        }
        canvas.width = width;
        canvas.height = height;
        context.drawImage(video, 0, 0, width, height);
        const found = jsQR(context.getImageData(0, 0, width, height).data, width, height,
            {inversionAttempts: 'dontInvert'});
        return found ? found.data : null;
      }
    };
  }

  function release(state) {
    state.stopped = true;
    clearTimeout(state.timer);
    if (state.stream) {
      state.stream.getTracks().forEach(track => track.stop());
    }
    if (state.video) {
      state.video.srcObject = null;
    }
  }

  function stop(host) {
    const state = scanners.get(host);
    if (state) {
      scanners.delete(host);
      release(state);
    }
  }

  /** Stops every scanner no longer on the page (the view was left). */
  function stopDetached() {
    Array.from(scanners.keys()).filter(host => !host.isConnected).forEach(stop);
  }

  function failure(error) {
    if (error && (error.name === 'NotAllowedError' || error.name === 'SecurityError')) {
      return 'refused';
    }
    if (error && (error.name === 'NotReadableError' || error.name === 'AbortError')) {
      return 'busy';
    }
    return 'absent';
  }

  async function start(host, dedupeMs) {
    stop(host);
    const video = host.querySelector('video');
    const state = {stopped: false, stream: null, video, timer: null, last: null, lastSeen: 0};
    scanners.set(host, state);
    if (!window.isSecureContext || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      scanners.delete(host);
      host.$server.cameraFailed(window.isSecureContext ? 'absent' : 'insecure');
      return;
    }
    let decoder;
    try {
      state.stream = await navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}, audio: false});
      if (state.stopped) {
        release(state);
        return;
      }
      video.srcObject = state.stream;
      await video.play();
      decoder = (await barcodeDetector()) || (await jsQrDecoder());
    } catch (error) {
      if (state.stopped) {
        return; // stopped while starting: nothing went wrong
      }
      stop(host);
      host.$server.cameraFailed(failure(error));
      return;
    }
    if (state.stopped) {
      return;
    }
    host.$server.cameraStarted(decoder.name);

    const tick = async () => {
      if (state.stopped) {
        return;
      }
      if (!host.isConnected) {
        stop(host);
        return;
      }
      if (video.readyState >= 2) {
        let text = null;
        const began = performance.now();
        try {
          text = await decoder.decode(video);
        } catch (unreadable) {
          text = null;
        }
        decodeTimes.push(performance.now() - began);
        if (decodeTimes.length > 500) {
          decodeTimes.shift();
        }
        const now = Date.now();
        if (text) {
          const repeated = text === state.last && now - state.lastSeen < dedupeMs;
          state.last = text;
          state.lastSeen = now;
          if (!repeated && !state.stopped) {
            host.$server.scanned(text);
          }
        }
      }
      if (!state.stopped) {
        state.timer = setTimeout(tick, PAUSE_MS);
      }
    };
    tick();
  }

  /** A short tone: high for success, two middle ones for "already done", low and rough for a failure. */
  function beep(kind) {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      if (audio.state === 'suspended') {
        audio.resume();
      }
      const tones = kind === 'success' ? [[880, 0, 0.15, 'sine']]
          : kind === 'warning' ? [[520, 0, 0.1, 'sine'], [520, 0.16, 0.1, 'sine']]
          : [[200, 0, 0.4, 'square']];
      const now = audio.currentTime;
      tones.forEach(([frequency, delay, length, type]) => {
        const oscillator = audio.createOscillator();
        const gain = audio.createGain();
        oscillator.type = type;
        oscillator.frequency.value = frequency;
        gain.gain.setValueAtTime(0.15, now + delay);
        gain.gain.exponentialRampToValueAtTime(0.001, now + delay + length);
        oscillator.connect(gain).connect(audio.destination);
        oscillator.start(now + delay);
        oscillator.stop(now + delay + length);
      });
      window.mingleScanner.beeps.push(kind);
    } catch (noAudio) {
      // No sound here: the coloured panel still says it.
    }
  }

  window.mingleScanner = {start, stop, stopDetached, beep, decodeTimes, beeps: []};
})();
