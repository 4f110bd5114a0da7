"""Text utilities shared by every stage: language detection, SOAP sections, Thai dates."""
