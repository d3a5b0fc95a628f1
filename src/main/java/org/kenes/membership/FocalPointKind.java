package org.kenes.membership;

public enum FocalPointKind {
    PRINCIPAL,
    ALTERNATE
}
