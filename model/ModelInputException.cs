namespace FFRepro.Model;

/// <summary>
/// A value that comes from the user (a recipe field, a data set name or file, an environment setting, a device) cannot
/// be used. The message names the value and what is wrong, in the model's terms. Every such error of the model derives
/// from this type, so that a front end can tell the user's mistakes from faults of the program itself (which throw
/// <see cref="ArgumentException"/>, <see cref="InvalidOperationException"/> and the like).
/// </summary>
public class ModelInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the value.</param>
    /// <param name="inner">The low-level error, when there is one.</param>
    public ModelInputException(string message, Exception? inner = null) : base(message, inner) { }
}
