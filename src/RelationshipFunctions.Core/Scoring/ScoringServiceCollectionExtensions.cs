using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RelationshipFunctions.Scoring;

public static class ScoringServiceCollectionExtensions
{
    /// <summary>The scoring model (loaded and validated at start-up) and the rescoring service.</summary>
    public static IServiceCollection AddScoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScoringOptions>()
            .Bind(configuration.GetSection(ScoringOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScoringOptions>, ScoringModelFileValidation>();
        services.AddSingleton<ScoringModelProvider>();
        services.AddSingleton<ShardFolder>();
        services.AddSingleton<RescoringService>();
        services.AddSingleton<DryRunService>();
        return services;
    }

    /// <summary>Fails start-up when the model file is missing or invalid, naming every bad field.</summary>
    private sealed class ScoringModelFileValidation : IValidateOptions<ScoringOptions>
    {
        public ValidateOptionsResult Validate(string? name, ScoringOptions options)
        {
            try
            {
                _ = new ScoringModelProvider(Options.Create(options)).Current;
                return ValidateOptionsResult.Success;
            }
            catch (ScoringModelException ex)
            {
                return ValidateOptionsResult.Fail(ex.Errors.Select(error => $"Scoring model: {error}"));
            }
        }
    }
}
