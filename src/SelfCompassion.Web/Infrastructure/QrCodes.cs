using QRCoder;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>QR codes drawn here, on the server, as an inline PNG: no third-party service ever sees the secret.</summary>
internal static class QrCodes
{
    public static string PngDataUri(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
