"""What the benchmarks and the tests share: a stub of the Slack Web API on 127.0.0.1 and a sender of signed Slack
requests (nothing here reaches beyond loopback), and the way a calibration picks its margin (margins.py)."""
