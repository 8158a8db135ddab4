using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SelfCompassion.Email;

public static class EmailSetup
{
    /// <summary>
    /// Mail through an outbox in the database, sent by a background worker: written to files (Development and tests)
    /// or sent through SMTP. Settings are checked at start. Needs data and protection; features add their composers.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.Section))
            .Validate(o => o.Delivery != EmailDelivery.Smtp || !string.IsNullOrWhiteSpace(o.Smtp.Host),
                "Email__Smtp__Host is not set. Set it to your mail relay, or set Email__Delivery=File to write mail to files.")
            .Validate(o => System.Net.Mail.MailAddress.TryCreate(o.FromAddress, out _),
                "Email__FromAddress is not an email address.")
            .ValidateOnStart();
        services.AddScoped<MailOutbox>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxWorker>());
        services.AddSingleton<FileEmailSender>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<IEmailSender>(provider =>
            provider.GetRequiredService<IOptions<EmailOptions>>().Value.Delivery == EmailDelivery.File
                ? provider.GetRequiredService<FileEmailSender>()
                : provider.GetRequiredService<SmtpEmailSender>());
        return services;
    }
}
