package io.github.xxgk.ingest.pdf.internal;

/** A box in points from the page's top left corner. */
record Box(double left, double top, double right, double bottom) {

    boolean contains(double x, double y) {
        return x >= left && x <= right && y >= top && y <= bottom;
    }

    double width() {
        return right - left;
    }

    double height() {
        return bottom - top;
    }
}
