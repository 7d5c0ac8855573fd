namespace FFRepro.Model.Torch;

/// <summary>libtorch could not be loaded, or a requested device is not available.</summary>
public sealed class TorchUnavailableException(string message, Exception? inner = null) : ModelInputException(message, inner);
