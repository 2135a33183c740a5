package org.ictindex.domain.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/**
 * A caller in a group named after the administrator's role rather than after a permission, as an
 * identity store that forgot to expand the role would make it.
 */
@Stateless
@DeclareRoles("ADMIN")
@RunAs("ADMIN")
public class RoleNamedCaller extends ServiceCaller {}
