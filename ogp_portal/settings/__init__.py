"""Settings are split by where the portal runs: base, local (quick start), production, test."""
