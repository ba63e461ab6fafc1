package org.fugong.appeal;

/**
 * What an appeal or demand is about; {@code APPLICATION_REJECTED} contests a rejected application.
 */
public enum AppealType {

	LOGISTICS, MATERIALS, STAFF, PERMIT, POLICY, FINANCING, APPLICATION_REJECTED, OTHER

}
