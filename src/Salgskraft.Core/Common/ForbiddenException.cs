namespace Salgskraft.Core.Common;

/// <summary>The caller may see the thing but their role may not change it (answers 403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
