package org.mingle.domain.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;

/**
 * Portraits drawn for the demo people: a head and shoulders on a gradient, in colours that differ from one person to
 * the next. Drawn at start-up, so the demo shows faces without any photo of a real person.
 */
final class DemoPortraits {

    private static final int SIZE = 400;
    private static final Color[] BACKDROPS = {new Color(0x7FB3D5), new Color(0xF5B041), new Color(0x82E0AA),
        new Color(0xD7BDE2), new Color(0xF1948A), new Color(0x76D7C4), new Color(0xF8C471), new Color(0xAED6F1)};
    private static final Color[] SKIN = {new Color(0xF1C27D), new Color(0xC68642), new Color(0x8D5524),
        new Color(0xFFDBAC), new Color(0xE0AC69)};
    private static final Color[] HAIR = {new Color(0x2C1B10), new Color(0x6A4E42), new Color(0xB55239),
        new Color(0x1C1C1C), new Color(0xD6C4A8)};
    private static final Color[] CLOTHES = {new Color(0x1F3A93), new Color(0x7D3C98), new Color(0x1E8449),
        new Color(0xA04000), new Color(0x2E4053), new Color(0xB03A2E)};

    private DemoPortraits() {
    }

    /**
     * The portraits of the demo people who have one, by their index in {@link DemoPeople#ALL}, drawn on another thread:
     * drawing and encoding need no database, so they are done while the demo data's first statements run. The same
     * pictures every time, whatever the timing.
     */
    static CompletableFuture<Map<Integer, byte[]>> drawnMeanwhile() {
        return CompletableFuture.supplyAsync(() -> {
            var portraits = new HashMap<Integer, byte[]>();
            for (int i = 0; i < DemoPeople.ALL.size(); i++) {
                if (DemoPeople.ALL.get(i).withPortrait()) {
                    portraits.put(i, portrait(i));
                }
            }
            return portraits;
        });
    }

    /** The portrait of the demo person at this index, as PNG. */
    static byte[] portrait(int index) {
        var image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color backdrop = BACKDROPS[index % BACKDROPS.length];
            g.setPaint(new GradientPaint(0, 0, backdrop.brighter(), SIZE, SIZE, backdrop.darker()));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(CLOTHES[index % CLOTHES.length]);
            g.fill(new RoundRectangle2D.Double(70, 280, 260, 200, 160, 160));
            Color skin = SKIN[index % SKIN.length];
            g.setColor(skin.darker());
            g.fillRect(180, 220, 40, 70); // neck
            g.setColor(HAIR[(index / 2) % HAIR.length]);
            boolean longHair = index % 3 == 1;
            g.fill(longHair ? new RoundRectangle2D.Double(115, 70, 170, 230, 120, 120)
                    : new Ellipse2D.Double(125, 60, 150, 130));
            g.setColor(skin);
            g.fill(new Ellipse2D.Double(138, 95, 124, 150)); // face
            g.setColor(new Color(0x3B2A20));
            g.fill(new Ellipse2D.Double(170, 155, 12, 12));
            g.fill(new Ellipse2D.Double(218, 155, 12, 12));
            g.setColor(skin.darker().darker());
            g.drawArc(178, 185, 44, 26, 200, 140); // smile
        } finally {
            g.dispose();
        }
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return png.toByteArray();
    }
}
