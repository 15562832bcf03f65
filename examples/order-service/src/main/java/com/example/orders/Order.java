package com.example.orders;

/** An order line: which product, how many. */
public record Order(String id, String sku, int quantity) {}
