using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Protection;

namespace SelfCompassion.Data;

/// <summary>
/// Created by Data Protection by type name, so it finds the master key through the service provider. Its full name is
/// written into every stored key-ring entry, so it keeps the namespace it was first written with.
/// </summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var sealedBytes = Convert.FromBase64String(encryptedElement.Element("value")?.Value ?? "");
        var plain = KeyRingCipher.Open(services.GetRequiredService<MasterKey>(), sealedBytes);
        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}
