namespace FFRepro.Harness.Bench;

/// <summary>
/// What an evaluation schedule costs on a design, from one shape's measured training step and evaluation pass:
/// <c>Points x TestImages x ms per image / (StepsPerEpoch x Epochs x ms per step)</c>, as a percentage of training,
/// computed for each repetition (an epoch and the pass right after it) and reported as the median over repetitions.
/// </summary>
/// <param name="Shape">depth x width.</param>
/// <param name="Mode">"batched" or "single".</param>
/// <param name="Seeds">Seeds in the model.</param>
/// <param name="Schedule">The evaluation schedule (canonical text).</param>
/// <param name="StepsPerEpoch">Steps per epoch of the design (500: full MNIST's 50,000 training images in batches of 100).</param>
/// <param name="Epochs">Epochs of the design.</param>
/// <param name="TestImages">Images per evaluation of the design (10,000: the MNIST test set).</param>
/// <param name="Points">Evaluation points of one run under the schedule.</param>
/// <param name="TrainMsPerStep">Median wall milliseconds of one training step, all seeds.</param>
/// <param name="EvalMsPerImage">Median wall milliseconds of evaluating one image, all seeds.</param>
/// <param name="Percent">Evaluation time as a percentage of training time (median over repetitions).</param>
public sealed record OverheadRow(string Shape, string Mode, int Seeds, string Schedule, int StepsPerEpoch, int Epochs, int TestImages,
    int Points, double TrainMsPerStep, double EvalMsPerImage, double Percent);
