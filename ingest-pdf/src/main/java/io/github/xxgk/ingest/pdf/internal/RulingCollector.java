package io.github.xxgk.ingest.pdf.internal;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * The ruling lines of a page (stroked axis-parallel lines, thin filled rectangles) and the boxes of its
 * images, in points from the media box's top left corner as the page is seen (turned by its /Rotate, as
 * the characters' positions are). Images are never decoded. Not thread-safe:
 * one per page.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    /** A filled rectangle thinner than this is a rule, not a shaded area. */
    private static final double THIN = 2.5;
    /** Tolerance for a line to count as horizontal or vertical. */
    private static final double SLANT = 1.0;

    private final Budget budget;
    private final double height;
    private final double originX;
    private final double originY;
    private final double width;
    private final double mediaHeight;
    /** The page's rotation for viewing (/Rotate), 0, 90, 180 or 270: positions are given as the page is seen. */
    private final int rotation;
    private final List<Segment> segments = new ArrayList<>();
    private final List<Box> images = new ArrayList<>();
    private final List<double[]> path = new ArrayList<>();
    private final List<double[][]> rectangles = new ArrayList<>();
    private double[] start;
    private double[] cursor;

    RulingCollector(PDPage page, Budget budget) {
        super(page);
        this.budget = budget;
        this.height = page.getMediaBox().getUpperRightY();
        this.originX = page.getMediaBox().getLowerLeftX();
        this.originY = page.getMediaBox().getLowerLeftY();
        this.width = page.getMediaBox().getWidth();
        this.mediaHeight = page.getMediaBox().getHeight();
        this.rotation = Math.floorMod(page.getRotation(), 360) / 90 * 90;
    }

    List<Segment> segments() {
        return segments;
    }

    List<Box> images() {
        return images;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator();
        super.processOperator(operator, operands);
    }

    private double[] point(Point2D p) {
        double x = p.getX() - originX;
        double y = p.getY() - originY;
        return switch (rotation) {
            case 90 -> new double[] {y, x};
            case 180 -> new double[] {width - x, y};
            case 270 -> new double[] {mediaHeight - y, width - x};
            default -> new double[] {x, height - p.getY()};
        };
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double[][] r = {point(p0), point(p1), point(p2), point(p3)};
        rectangles.add(r);
        for (int i = 0; i < 4; i++) {
            path.add(new double[] {r[i][0], r[i][1], r[(i + 1) % 4][0], r[(i + 1) % 4][1]});
        }
        start = r[0];
        cursor = r[0];
    }

    @Override
    public void drawImage(PDImage pdImage) {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] c : new double[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
            Point2D.Float p = m.transformPoint((float) c[0], (float) c[1]);
            double[] q = point(p);
            minX = Math.min(minX, q[0]);
            maxX = Math.max(maxX, q[0]);
            minY = Math.min(minY, q[1]);
            maxY = Math.max(maxY, q[1]);
        }
        if (Double.isFinite(minX) && Double.isFinite(minY) && Double.isFinite(maxX) && Double.isFinite(maxY)) {
            images.add(new Box(minX, minY, maxX, maxY));
        }
    }

    @Override
    public void clip(int windingRule) {
        // clipping does not draw
    }

    @Override
    public void moveTo(float x, float y) {
        cursor = point(new Point2D.Float(x, y));
        start = cursor;
    }

    @Override
    public void lineTo(float x, float y) {
        double[] p = point(new Point2D.Float(x, y));
        if (cursor != null) {
            path.add(new double[] {cursor[0], cursor[1], p[0], p[1]});
        }
        cursor = p;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        cursor = point(new Point2D.Float(x3, y3));
    }

    @Override
    public Point2D getCurrentPoint() {
        if (cursor == null) {
            return new Point2D.Float(0, 0);
        }
        double x = cursor[0];
        double y = cursor[1];
        return switch (rotation) { // the inverse of point
            case 90 -> new Point2D.Float((float) (y + originX), (float) (x + originY));
            case 180 -> new Point2D.Float((float) (width - x + originX), (float) (y + originY));
            case 270 -> new Point2D.Float((float) (width - y + originX), (float) (mediaHeight - x + originY));
            default -> new Point2D.Float((float) (x + originX), (float) (height - y));
        };
    }

    @Override
    public void closePath() {
        if (cursor != null && start != null) {
            path.add(new double[] {cursor[0], cursor[1], start[0], start[1]});
            cursor = start;
        }
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (double[] s : path) {
            add(s[0], s[1], s[2], s[3]);
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (double[][] r : rectangles) {
            double minX = Math.min(Math.min(r[0][0], r[1][0]), Math.min(r[2][0], r[3][0]));
            double maxX = Math.max(Math.max(r[0][0], r[1][0]), Math.max(r[2][0], r[3][0]));
            double minY = Math.min(Math.min(r[0][1], r[1][1]), Math.min(r[2][1], r[3][1]));
            double maxY = Math.max(Math.max(r[0][1], r[1][1]), Math.max(r[2][1], r[3][1]));
            if (maxY - minY <= THIN && maxX - minX > maxY - minY) {
                add(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
            } else if (maxX - minX <= THIN && maxY - minY > maxX - minX) {
                add((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<double[]> stroked = new ArrayList<>(path);
        fillPath(windingRule);
        for (double[] s : stroked) {
            add(s[0], s[1], s[2], s[3]);
        }
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // a shading is no rule
    }

    private void add(double x1, double y1, double x2, double y2) {
        if (!(Double.isFinite(x1) && Double.isFinite(y1) && Double.isFinite(x2) && Double.isFinite(y2))) {
            return;
        }
        if (Math.abs(y1 - y2) <= SLANT && Math.abs(x1 - x2) > SLANT) {
            segments.add(new Segment(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2)));
        } else if (Math.abs(x1 - x2) <= SLANT && Math.abs(y1 - y2) > SLANT) {
            segments.add(new Segment(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2)));
        }
    }

    private void clear() {
        path.clear();
        rectangles.clear();
        cursor = null;
        start = null;
    }
}
