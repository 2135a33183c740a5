package org.ictindex.admin.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import org.ictindex.domain.account.Account;
import org.ictindex.domain.account.AccountService;
import org.ictindex.domain.account.Role;

/** Accounts, for administrators. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

  @Inject private AccountService accountService;

  /** What a new account is asked for with. */
  public record NewAccount(String username, String password, String role) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewAccount request) {
    Role role =
        request == null || request.role() == null
            ? null
            : Arrays.stream(Role.values())
                .filter(candidate -> candidate.name().equals(request.role()))
                .findFirst()
                .orElse(null);
    Account account =
        accountService.create(
            request == null ? null : request.username(),
            request == null ? null : request.password(),
            role);
    return Response.created(URI.create("accounts/" + account.username()))
        .entity(Map.of("username", account.username(), "role", account.role().name()))
        .build();
  }
}
