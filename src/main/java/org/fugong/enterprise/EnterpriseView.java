package org.fugong.enterprise;

import java.time.Instant;

import org.fugong.common.Masking;
import org.fugong.common.StoredFileColumns;

/**
 * An enterprise's profile as other features and the API read it, with where it
 * stands in verification: other features ask {@link #verified()} (or call
 * {@link EnterpriseService#requireVerified(long)}) before they let it act.
 */
public record EnterpriseView(long id, String creditCode, String name, String districtCode, String townCode,
		String address, Industry industry, int staffCount, boolean aboveDesignatedSize, boolean foreignInvested,
		String contactName, String contactPhone, Instant registeredAt, Instant updatedAt, long version,
		Verification verification, String legalRepresentative, LicenceFile licence, String verificationNote,
		Instant verificationRequestedAt, String verificationDecidedBy, Instant verificationDecidedAt) {

	public String maskedContactPhone() {
		return Masking.phone(this.contactPhone);
	}

	public boolean verified() {
		return this.verification == Verification.VERIFIED;
	}

	/** The same profile with the contact phone masked, for lists that reach beyond one enterprise. */
	public EnterpriseView withMaskedContactPhone() {
		return new EnterpriseView(this.id, this.creditCode, this.name, this.districtCode, this.townCode, this.address,
				this.industry, this.staffCount, this.aboveDesignatedSize, this.foreignInvested, this.contactName,
				maskedContactPhone(), this.registeredAt, this.updatedAt, this.version, this.verification,
				this.legalRepresentative, this.licence, this.verificationNote, this.verificationRequestedAt,
				this.verificationDecidedBy, this.verificationDecidedAt);
	}

	/** The business licence on file: what it is, never where it is kept. */
	public record LicenceFile(String filename, String contentType, long size, String sha256) {

		static LicenceFile of(StoredFileColumns file) {
			return new LicenceFile(file.filename(), file.contentType(), file.size(), file.sha256());
		}

	}

}
