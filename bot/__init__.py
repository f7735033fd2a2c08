"""The platform-free core: parse a Message, call a handler, return a Reply."""
