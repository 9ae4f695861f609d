#!/usr/bin/env python3
"""Writes chime.wav: a soft two-tone "ding-dong" (E5 then C5) for the hall display.

Each tone is a sine with two quiet overtones, a 10 ms attack and an exponential
decay, so it sounds like a small bell rather than a beep. 44.1 kHz, 16-bit mono.
Run: python3 resources/sounds/make-chime.py resources/sounds/chime.wav
"""
import math
import struct
import sys
import wave

RATE = 44100
TONES = [(659.25, 0.0), (523.25, 0.42)]  # (frequency Hz, start s)
TONE_LEN = 0.9
TOTAL = 1.35
PEAK = 0.55


def sample(t):
    value = 0.0
    for freq, start in TONES:
        u = t - start
        if u < 0 or u > TONE_LEN:
            continue
        envelope = min(1.0, u / 0.010) * math.exp(-u * 4.2)
        fade = min(1.0, (TONE_LEN - u) / 0.05)
        tone = (math.sin(2 * math.pi * freq * u)
                + 0.30 * math.sin(2 * math.pi * 2 * freq * u)
                + 0.08 * math.sin(2 * math.pi * 3 * freq * u))
        value += envelope * fade * tone / 1.38
    return value


def main(path):
    frames = bytearray()
    for i in range(int(TOTAL * RATE)):
        v = max(-1.0, min(1.0, PEAK * sample(i / RATE)))
        frames += struct.pack('<h', int(v * 32767))
    with wave.open(path, 'wb') as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'chime.wav')
