package org.mingle.domain.reports;

import java.util.List;
import java.util.Random;

/**
 * Places the dots of a network picture with the Fruchterman-Reingold force layout: connected people pull together,
 * everyone pushes everyone apart, and the moves cool down. Seeded, so the same network is drawn the same way. Costs
 * O(n²) per step, which is why pictures are limited to a few hundred people.
 */
public final class NetworkLayout {

    private static final int STEPS = 150;

    private NetworkLayout() {
    }

    /** Positions in the unit square, one {x, y} per person, for {@code n} people and the given edges. */
    public static double[][] place(int n, List<int[]> edges, long seed) {
        double[][] at = new double[n][2];
        Random random = new Random(seed);
        for (double[] p : at) {
            p[0] = random.nextDouble();
            p[1] = random.nextDouble();
        }
        if (n < 2) {
            if (n == 1) {
                at[0][0] = 0.5;
                at[0][1] = 0.5;
            }
            return at;
        }
        double k = Math.sqrt(1.0 / n);
        double temperature = 0.1;
        double[][] move = new double[n][2];
        for (int step = 0; step < STEPS; step++) {
            for (double[] m : move) {
                m[0] = 0;
                m[1] = 0;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = at[i][0] - at[j][0];
                    double dy = at[i][1] - at[j][1];
                    double distance = Math.max(1e-4, Math.hypot(dx, dy));
                    double push = k * k / distance;
                    move[i][0] += dx / distance * push;
                    move[i][1] += dy / distance * push;
                    move[j][0] -= dx / distance * push;
                    move[j][1] -= dy / distance * push;
                }
            }
            for (int[] edge : edges) {
                double dx = at[edge[0]][0] - at[edge[1]][0];
                double dy = at[edge[0]][1] - at[edge[1]][1];
                double distance = Math.max(1e-4, Math.hypot(dx, dy));
                double pull = distance * distance / k;
                move[edge[0]][0] -= dx / distance * pull;
                move[edge[0]][1] -= dy / distance * pull;
                move[edge[1]][0] += dx / distance * pull;
                move[edge[1]][1] += dy / distance * pull;
            }
            for (int i = 0; i < n; i++) {
                double length = Math.max(1e-9, Math.hypot(move[i][0], move[i][1]));
                double limited = Math.min(length, temperature);
                at[i][0] += move[i][0] / length * limited;
                at[i][1] += move[i][1] / length * limited;
            }
            temperature *= 0.97;
        }
        return normalised(at);
    }

    /** Scales the positions into [0.05, 0.95] on both axes, keeping their proportions. */
    private static double[][] normalised(double[][] at) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : at) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        double span = Math.max(1e-9, Math.max(maxX - minX, maxY - minY));
        for (double[] p : at) {
            p[0] = 0.05 + 0.9 * (p[0] - minX) / span;
            p[1] = 0.05 + 0.9 * (p[1] - minY) / span;
        }
        return at;
    }
}
