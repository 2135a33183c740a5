package org.ictindex.admin.testing;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The app under test seen from another source address than 127.0.0.1: connecting to one of this
 * machine's other addresses makes the server see that address as the client's. The admin app trusts
 * no forwarding header, so this is how a test stands for a second person's network.
 */
public final class OtherAddress {

  private OtherAddress() {}

  /** The base address through another local address that answers, if this machine has one. */
  public static Optional<URI> of(URI base) {
    for (InetAddress address : candidates()) {
      String host =
          address instanceof Inet6Address
              ? "[" + address.getHostAddress().replaceAll("%.*", "") + "]"
              : address.getHostAddress();
      URI other =
          URI.create(base.getScheme() + "://" + host + ":" + base.getPort() + base.getRawPath());
      if (answers(other)) {
        return Optional.of(other);
      }
    }
    return Optional.empty();
  }

  private static List<InetAddress> candidates() {
    List<InetAddress> ipv4 = new ArrayList<>();
    List<InetAddress> ipv6 = new ArrayList<>();
    try {
      for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!network.isUp()) {
          continue;
        }
        for (InetAddress address : Collections.list(network.getInetAddresses())) {
          if (address.isLoopbackAddress() && !(address instanceof Inet6Address)) {
            continue;
          }
          if (address.isLinkLocalAddress()) {
            continue;
          }
          (address instanceof Inet6Address ? ipv6 : ipv4).add(address);
        }
      }
    } catch (java.net.SocketException unreadable) {
      return List.of();
    }
    ipv4.addAll(ipv6);
    return ipv4;
  }

  private static boolean answers(URI base) {
    try {
      HttpResponse<Void> answer =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(2))
              .build()
              .send(
                  HttpRequest.newBuilder(base.resolve("login.xhtml"))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      return answer.statusCode() == 200;
    } catch (Exception unreachable) {
      return false;
    }
  }
}
