"""ipr-assistant: report IP infringements to Alibaba Group's IP Protection Platform, correctly the first time."""
