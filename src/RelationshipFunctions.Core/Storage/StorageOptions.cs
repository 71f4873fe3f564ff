using System.ComponentModel.DataAnnotations;

namespace RelationshipFunctions.Storage;

/// <summary>Where the product keeps its tables and blobs.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// A storage connection string, for Azurite or a local account. Default: <c>UseDevelopmentStorage=true</c>.
    /// Ignored when <see cref="TableServiceUri"/> and <see cref="BlobServiceUri"/> are set (identity-based access).
    /// </summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>Table endpoint for managed-identity access in Azure. Default: none.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>Blob endpoint for managed-identity access in Azure. Default: none.</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>
    /// Prefix for every table and container name, lowercase letters and digits, so that several
    /// environments (or test runs) can share one account. Default: empty.
    /// </summary>
    [RegularExpression("^[a-z0-9]{0,20}$", ErrorMessage = "Storage:Prefix must be at most 20 lowercase letters or digits.")]
    public string Prefix { get; set; } = string.Empty;

    /// <summary>How many entity-group batches may be in flight at once. Default: 8.</summary>
    [Range(1, 64)]
    public int WriteParallelism { get; set; } = 8;
}
