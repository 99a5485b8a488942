namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares). Features
/// are standardised before the penalty applies, so a rare rule and a common one are shrunk alike; the weights are
/// given back on the features' own scale.
/// </summary>
internal static class LogisticRegression
{
    private const int MostIterations = 50;
    private const double Converged = 1e-7;

    /// <summary>One weight per feature (log-odds per unit of the feature), fitted with an unpenalised intercept.</summary>
    public static LogisticFit Fit(double[][] rows, bool[] outcomes, double penalty)
    {
        var features = rows.Length == 0 ? 0 : rows[0].Length;
        var mean = new double[features];
        var scale = new double[features];
        for (var j = 0; j < features; j++)
        {
            mean[j] = rows.Average(row => row[j]);
            var variance = rows.Average(row => (row[j] - mean[j]) * (row[j] - mean[j]));
            scale[j] = variance > 1e-12 ? Math.Sqrt(variance) : 0;
        }

        // Column 0 is the intercept; a feature without spread keeps weight 0.
        var size = features + 1;
        var z = rows.Select(row =>
        {
            var standard = new double[size];
            standard[0] = 1;
            for (var j = 0; j < features; j++)
            {
                standard[j + 1] = scale[j] > 0 ? (row[j] - mean[j]) / scale[j] : 0;
            }

            return standard;
        }).ToArray();

        var beta = new double[size];
        for (var iteration = 0; iteration < MostIterations; iteration++)
        {
            var gradient = new double[size];
            var hessian = new double[size, size];
            for (var i = 0; i < z.Length; i++)
            {
                var row = z[i];
                var p = Sigmoid(Dot(row, beta));
                var residual = (outcomes[i] ? 1 : 0) - p;
                var weight = Math.Max(p * (1 - p), 1e-10);
                for (var a = 0; a < size; a++)
                {
                    if (row[a] == 0)
                    {
                        continue;
                    }

                    gradient[a] += row[a] * residual;
                    for (var b = 0; b <= a; b++)
                    {
                        hessian[a, b] += weight * row[a] * row[b];
                    }
                }
            }

            for (var a = 1; a < size; a++)
            {
                gradient[a] -= penalty * beta[a];
                hessian[a, a] += penalty;
            }

            hessian[0, 0] += 1e-9;
            var step = CholeskySolve(hessian, gradient);
            var largest = 0.0;
            for (var a = 0; a < size; a++)
            {
                beta[a] += step[a];
                largest = Math.Max(largest, Math.Abs(step[a]));
            }

            if (largest < Converged)
            {
                break;
            }
        }

        // Points need only the weights: the intercept shifts every lead alike and grades come from the spread.
        var weights = new double[features];
        for (var j = 0; j < features; j++)
        {
            weights[j] = scale[j] > 0 ? beta[j + 1] / scale[j] : 0;
        }

        return new LogisticFit(weights);
    }

    /// <summary>The probability a log-odds stands for.</summary>
    public static double Sigmoid(double logOdds) => 1 / (1 + Math.Exp(-logOdds));

    private static double Dot(double[] row, double[] beta)
    {
        var sum = 0.0;
        for (var a = 0; a < row.Length; a++)
        {
            sum += row[a] * beta[a];
        }

        return sum;
    }

    // Solves H x = g for a symmetric positive definite H given by its lower triangle.
    private static double[] CholeskySolve(double[,] h, double[] g)
    {
        var n = g.Length;
        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = h[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                l[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / l[j, j];
            }
        }

        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = g[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[i, k] * y[k];
            }

            y[i] = sum / l[i, i];
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= l[k, i] * x[k];
            }

            x[i] = sum / l[i, i];
        }

        return x;
    }
}
