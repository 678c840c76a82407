"""Exporters: each turns the bank document into the bytes of one kind of output."""
