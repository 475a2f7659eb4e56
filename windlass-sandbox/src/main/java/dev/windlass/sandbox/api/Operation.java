package dev.windlass.sandbox.api;

/** The kind of write an admission step sees. */
public enum Operation { CREATE, UPDATE, DELETE }
