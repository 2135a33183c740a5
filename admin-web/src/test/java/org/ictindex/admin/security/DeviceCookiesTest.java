package org.ictindex.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceCookiesTest {

  private final DeviceCookies cookies = new DeviceCookies(new byte[32], false);

  @Test
  void aCookieNamesItsDeviceForItsAccountOnly() {
    String value = cookies.issue("admin");

    assertThat(cookies.deviceOf(value, "admin")).isPresent();
    assertThat(cookies.deviceOf(value, "aud-lan")).isEmpty();
    assertThat(cookies.deviceOf(cookies.issue("admin"), "admin"))
        .isNotEqualTo(cookies.deviceOf(value, "admin"));
  }

  @Test
  void aForgedOrDamagedCookieIsNoDevice() {
    String value = cookies.issue("aud-lan");
    String[] parts = value.split("\\.");
    String otherAccount =
        java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("admin".getBytes());

    assertThat(cookies.deviceOf(otherAccount + "." + parts[1] + "." + parts[2], "admin")).isEmpty();
    assertThat(cookies.deviceOf(parts[0] + "." + parts[1] + ".AAAA", "aud-lan")).isEmpty();
    assertThat(cookies.deviceOf("not a cookie", "aud-lan")).isEmpty();
    assertThat(cookies.deviceOf("a.b.%%%", "aud-lan")).isEmpty();
    assertThat(cookies.deviceOf((String) null, "aud-lan")).isEmpty();
    assertThat(new DeviceCookies(new byte[] {1}, false).deviceOf(value, "aud-lan")).isEmpty();
  }
}
