"""Fixers that edit inside lines: encoding repair and typo correction."""
