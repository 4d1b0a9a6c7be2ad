namespace Salgskraft.Core.Common;

/// <summary>Something the caller named does not exist, or is not theirs to see (both answer 404).</summary>
public sealed class NotFoundException(string message) : Exception(message);
