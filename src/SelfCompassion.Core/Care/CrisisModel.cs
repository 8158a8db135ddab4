namespace SelfCompassion.Care;

/// <summary>A small logistic regression over the words and word pairs of normalised text (docs/adr/0011).</summary>
internal sealed class CrisisModel
{
    // Tried by leaving each writer out in turn (ADR 0011): recall and false alarms barely moved across tenfold ranges.
    private const double L2 = 1e-4;
    private const int Epochs = 30;
    private const double Rate = 0.2;

    private readonly float[] _weights;
    private readonly float _bias;

    private CrisisModel(float[] weights, float bias)
    {
        _weights = weights;
        _bias = bias;
    }

    /// <summary>
    /// Whether another model gives every feature and the bias the same weight, to within a share of the weight: another
    /// platform's exp may round a last bit differently, and after many passes that shows most on the largest weights.
    /// </summary>
    public bool SameAs(CrisisModel other, float tolerance) =>
        Close(_bias, other._bias, tolerance)
        && _weights.Length == other._weights.Length
        && _weights.Zip(other._weights).All(pair => Close(pair.First, pair.Second, tolerance));

    private static bool Close(float a, float b, float tolerance) =>
        Math.Abs(a - b) <= tolerance * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    /// <summary>
    /// The bias, then each feature that has a weight as its bucket and weight; a feature never seen in learning keeps
    /// zero, which is most of the buckets.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_bias);
        var kept = Enumerable.Range(0, _weights.Length).Where(i => _weights[i] != 0).ToList();
        writer.Write(kept.Count);
        foreach (var i in kept)
        {
            writer.Write(i);
            writer.Write(_weights[i]);
        }
    }

    /// <summary>Refuses anything Write would not have written, so a damaged file can't become a quieter model.</summary>
    public static CrisisModel Read(BinaryReader reader)
    {
        var bias = reader.ReadSingle();
        var weights = new float[CrisisFeatures.Size];
        var count = reader.ReadInt32();
        if (count is < 0 or > CrisisFeatures.Size)
        {
            throw Damaged();
        }
        var previous = -1;
        for (var n = 0; n < count; n++)
        {
            var i = reader.ReadInt32();
            if (i <= previous || i >= CrisisFeatures.Size)
            {
                throw Damaged();
            }
            weights[i] = reader.ReadSingle();
            previous = i;
        }
        return new CrisisModel(weights, bias);
    }

    /// <summary>What a models file that Write would not have written is refused with.</summary>
    internal static InvalidDataException Damaged() => new("The crisis models file is damaged: run ./dev.sh relearn.");

    /// <summary>How strongly normalised text reads as crisis language, from 0 to 1.</summary>
    public double Score(string normal)
    {
        var features = new List<int>(64);
        CrisisFeatures.Of(normal, features);
        var sum = (double)_bias;
        foreach (var feature in features)
        {
            sum += _weights[feature];
        }
        return 1 / (1 + Math.Exp(-sum));
    }

    /// <summary>
    /// Stochastic gradient descent with a step size per feature (AdaGrad) and a small L2 penalty, in an order shuffled
    /// by our own seeded generator (System.Random's sequence is not promised across .NET versions), so every instance
    /// learns the same weights from the same phrases, up to the last bit of the platform's exp.
    /// </summary>
    public static CrisisModel Train(IReadOnlyList<(string Normal, bool Crisis)> examples)
    {
        var rows = examples.Select(e =>
        {
            var features = new List<int>(64);
            CrisisFeatures.Of(e.Normal, features);
            return (Features: features.ToArray(), Label: e.Crisis ? 1.0 : 0.0);
        }).ToArray();
        var weights = new double[CrisisFeatures.Size];
        var squares = new double[CrisisFeatures.Size];
        double bias = 0, biasSquares = 0;
        var order = Enumerable.Range(0, rows.Length).ToArray();
        var state = 20261126UL;
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            for (var i = order.Length - 1; i > 0; i--)
            {
                // xorshift64: small, fast and the same everywhere; Fisher-Yates on top.
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                var j = (int)(state % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            foreach (var i in order)
            {
                var (features, label) = rows[i];
                var sum = bias;
                foreach (var feature in features)
                {
                    sum += weights[feature];
                }
                var error = (1 / (1 + Math.Exp(-sum))) - label;
                foreach (var feature in features)
                {
                    var gradient = error + (L2 * weights[feature]);
                    squares[feature] += gradient * gradient;
                    weights[feature] -= Rate * gradient / Math.Sqrt(squares[feature] + 1e-8);
                }
                biasSquares += error * error;
                bias -= Rate * error / Math.Sqrt(biasSquares + 1e-8);
            }
        }
        return new CrisisModel([.. weights.Select(w => (float)w)], (float)bias);
    }
}
